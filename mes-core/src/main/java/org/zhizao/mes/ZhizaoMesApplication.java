package org.zhizao.mes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Zhizao MES server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ZhizaoMesApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZhizaoMesApplication.class, args);
    }
}
