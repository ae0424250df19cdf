package org.zhizao.mes.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;

/**
 * Page-wide settings: server push for live screens and a viewport for station tablets.
 */
@Push
@Viewport("width=device-width, initial-scale=1")
public class ZhizaoAppShell implements AppShellConfigurator {
}
