package org.zhizao.mes.ui;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's UI language, kept across sessions. */
@Service
public class UserLanguages {

    private final UserLanguageRepository languages;

    UserLanguages(UserLanguageRepository languages) {
        this.languages = languages;
    }

    @Transactional(readOnly = true)
    public Optional<Locale> of(String username) {
        return languages.findById(username).map(l -> Messages.supported(Locale.forLanguageTag(l.getLanguage())));
    }

    @Transactional
    public void choose(String username, Locale locale) {
        String tag = Messages.supported(locale).toLanguageTag();
        languages.findById(username).ifPresentOrElse(l -> l.setLanguage(tag),
                () -> languages.save(new UserLanguage(username, tag)));
    }
}
