package org.zhizao.mes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("probe")
@PermitAll
public class ProbeView extends Div {
}
