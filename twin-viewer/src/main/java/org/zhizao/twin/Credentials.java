package org.zhizao.twin;

import java.util.Map;

/**
 * Where the viewer signs in: from {@code --url}, {@code --user} and {@code --password}, the password also
 * from the environment variable {@value #PASSWORD_VARIABLE} (so that it need not show in the process list).
 * There is no default user or password: what is missing is asked for in the sign-in window.
 */
record Credentials(String url, String user, String password) {

    static final String PASSWORD_VARIABLE = "ZHIZAO_PASSWORD";
    static final String DEFAULT_URL = "http://localhost:8080";

    static Credentials from(Map<String, String> args, Map<String, String> environment) {
        String password = args.get("password");
        if (password == null) {
            password = environment.get(PASSWORD_VARIABLE);
        }
        return new Credentials(args.getOrDefault("url", DEFAULT_URL), args.get("user"), password);
    }

    /** Whether the viewer can connect without asking. */
    boolean complete() {
        return user != null && !user.isBlank() && password != null && !password.isEmpty();
    }
}
