/**
 * The web UI's shell: sign-in, the navigation each role sees, the user's language, locale formats,
 * server-side SVG charts and the push of live updates to open screens. The screens themselves live in
 * the feature modules ({@code order.ui}, {@code scheduling.ui}, {@code execution.ui}, {@code quality.ui},
 * {@code kpi.ui}, {@code security.ui}); they find their place in the menu through {@code @Menu}, so this
 * module depends on none of them.
 */
package org.zhizao.mes.ui;
