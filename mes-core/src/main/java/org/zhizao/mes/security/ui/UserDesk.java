package org.zhizao.mes.security.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.zhizao.mes.security.Access;
import org.zhizao.mes.security.Role;
import org.zhizao.mes.security.UserAdministration;
import org.zhizao.mes.security.UserAdministration.UserView;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.RuleViolation;

/**
 * The user management screen's way to {@link UserAdministration}, for administrators only. It checks new
 * users by the API's rules and keeps administrators from locking themselves out.
 */
@Service
public class UserDesk {

    private final UserAdministration administration;

    UserDesk(UserAdministration administration) {
        this.administration = administration;
    }

    @PreAuthorize(Access.ADMINISTER)
    public List<UserView> users() {
        return administration.all().stream().sorted(Comparator.comparing(UserView::username)).toList();
    }

    /** @throws InvalidInput for a name, password or roles against the rules; RuleViolation for a taken name */
    @PreAuthorize(Access.ADMINISTER)
    public UserView create(String username, String password, Set<Role> roles) {
        check(UserRules.newUser(username, password, roles));
        return administration.create(username, password, Set.copyOf(roles));
    }

    /** @throws RuleViolation when administrators would disable themselves or give up their own ADMIN role */
    @PreAuthorize(Access.ADMINISTER)
    public UserView change(String username, Set<Role> roles, boolean enabled) {
        check(UserRules.roles(roles));
        if (username.equals(currentUser())) {
            if (!enabled) {
                throw new RuleViolation("you cannot disable your own account");
            }
            if (!roles.contains(Role.ADMIN)) {
                throw new RuleViolation("you cannot take the ADMIN role from yourself");
            }
        }
        return administration.update(username, Set.copyOf(roles), enabled);
    }

    @PreAuthorize(Access.ADMINISTER)
    public void resetPassword(String username, String password) {
        check(UserRules.password(password));
        administration.changePassword(username, password);
    }

    private static void check(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(String.join("; ", problems), problems);
        }
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }
}
