package org.zhizao.mes.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users and roles, for administrators. */
@RestController
@RequestMapping("/api/users")
class UserController {

    record NewUser(@NotNull @Pattern(regexp = "[a-zA-Z0-9._-]{3,40}",
                           message = "must be 3 to 40 letters, digits, '.', '_' or '-'") String username,
                   @NotNull @Size(min = 8, max = 200, message = "must have 8 to 200 characters") String password,
                   @NotEmpty Set<Role> roles) {
    }

    record UserChange(@NotEmpty Set<Role> roles, boolean enabled) {
    }

    record PasswordChange(@NotNull @Size(min = 8, max = 200, message = "must have 8 to 200 characters")
                          String password) {
    }

    private final UserAdministration administration;

    UserController(UserAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    @PreAuthorize(Access.ADMINISTER)
    List<UserAdministration.UserView> users() {
        return administration.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMINISTER)
    UserAdministration.UserView create(@Valid @RequestBody NewUser user) {
        return administration.create(user.username(), user.password(), user.roles());
    }

    @PutMapping("/{username}")
    @PreAuthorize(Access.ADMINISTER)
    UserAdministration.UserView update(@PathVariable String username, @Valid @RequestBody UserChange change) {
        return administration.update(username, change.roles(), change.enabled());
    }

    @PutMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.ADMINISTER)
    void changePassword(@PathVariable String username, @Valid @RequestBody PasswordChange change) {
        administration.changePassword(username, change.password());
    }
}
