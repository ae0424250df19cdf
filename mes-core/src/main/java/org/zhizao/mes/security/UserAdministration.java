package org.zhizao.mes.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.shared.domain.NotFound;
import org.zhizao.mes.shared.domain.RuleViolation;

/** Creating users, changing their roles, passwords and whether they may sign in. */
@Service
public class UserAdministration {

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final CachingAuthenticationProvider signIns;

    UserAdministration(AppUserRepository users, PasswordEncoder encoder, CachingAuthenticationProvider signIns) {
        this.users = users;
        this.encoder = encoder;
        this.signIns = signIns;
    }

    /** A user as others may see it: never the password. */
    public record UserView(long id, String username, Set<Role> roles, boolean enabled) {
        static UserView of(AppUser u) {
            return new UserView(u.getId(), u.getUsername(), u.getRoles(), u.isEnabled());
        }
    }

    @Transactional(readOnly = true)
    public List<UserView> all() {
        return users.findAll().stream().map(UserView::of).toList();
    }

    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(username);
    }

    @Transactional
    public UserView create(String username, String password, Set<Role> roles) {
        if (users.existsByUsername(username)) {
            throw new RuleViolation("user '" + username + "' already exists");
        }
        return UserView.of(users.save(new AppUser(username, encoder.encode(password), roles)));
    }

    @Transactional
    public UserView update(String username, Set<Role> roles, boolean enabled) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new NotFound("user", username));
        user.setRoles(roles);
        user.setEnabled(enabled);
        signIns.clear();
        return UserView.of(user);
    }

    @Transactional
    public void changePassword(String username, String password) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new NotFound("user", username));
        user.setPasswordHash(encoder.encode(password));
        signIns.clear();
    }
}
