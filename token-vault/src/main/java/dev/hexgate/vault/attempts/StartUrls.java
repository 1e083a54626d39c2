package dev.hexgate.vault.attempts;

import dev.hexgate.vault.connect.PublicUrls;
import org.springframework.stereotype.Component;

/** The start URL of an attempt: what a user opens to connect. It is a credential until used. */
@Component
public class StartUrls {

    private final PublicUrls urls;

    public StartUrls(PublicUrls urls) {
        this.urls = urls;
    }

    public String startUrl(IssuedAttempt attempt) {
        return urls.base() + "/connect/start?attempt=" + attempt.startToken();
    }
}
