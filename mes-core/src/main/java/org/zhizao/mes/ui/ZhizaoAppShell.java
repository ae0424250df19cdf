package org.zhizao.mes.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;

/**
 * Page-wide settings: server push for live screens, a viewport for station tablets, and the plain CSS
 * served as a static resource (a theme folder would force a frontend build).
 */
@Push
@Viewport("width=device-width, initial-scale=1")
@StyleSheet("context://styles/zhizao.css")
public class ZhizaoAppShell implements AppShellConfigurator {
}
