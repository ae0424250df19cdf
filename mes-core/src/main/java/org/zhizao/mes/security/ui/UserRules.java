package org.zhizao.mes.security.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhizao.mes.security.Role;

/**
 * What a new user's name, password and roles must be: the same rules as {@code POST /api/users}, so a user
 * made on the screen could have been made through the API and the other way round.
 */
final class UserRules {

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3,40}");

    private UserRules() {
    }

    /** The problems of a new user; empty when it may be created. */
    static List<String> newUser(String username, String password, Set<Role> roles) {
        List<String> problems = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add("username: must be 3 to 40 letters, digits, '.', '_' or '-'");
        }
        problems.addAll(password(password));
        problems.addAll(roles(roles));
        return problems;
    }

    static List<String> password(String password) {
        return password == null || password.length() < 8 || password.length() > 200
                ? List.of("password: must have 8 to 200 characters") : List.of();
    }

    static List<String> roles(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? List.of("roles: must not be empty") : List.of();
    }
}
