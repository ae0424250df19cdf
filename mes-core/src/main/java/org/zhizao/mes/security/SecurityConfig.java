package org.zhizao.mes.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic for the API, roles checked per endpoint with {@code @PreAuthorize} (see {@link Access}).
 * Errors of authentication and authorization are problem details like every other error.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /** Matched before the web UI's form sign-in chain, which takes every other path. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, AuthenticationManager authenticationManager)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                        "/id/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(authenticationManager)
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        write(response, json, HttpStatus.UNAUTHORIZED, "Unauthorized",
                                "Sign in with HTTP Basic: " + e.getMessage(), true)))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        write(response, json, HttpStatus.FORBIDDEN, "Forbidden",
                                "Your role does not allow " + request.getMethod() + " " + request.getRequestURI(),
                                false)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AppUserRepository users) {
        return username -> users.findByUsername(username)
                .map(u -> User.withUsername(u.getUsername())
                        .password(u.getPasswordHash())
                        .disabled(!u.isEnabled())
                        .roles(u.getRoles().stream().map(Enum::name).toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @Bean
    CachingAuthenticationProvider cachingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new CachingAuthenticationProvider(dao, Duration.ofMinutes(5), Clock.systemUTC());
    }

    @Bean
    AuthenticationManager authenticationManager(CachingAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    private static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String title,
            String detail, boolean challenge) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Zhizao MES\"");
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
