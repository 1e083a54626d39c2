package dev.hexgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.workspace.Workspace;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Connects a user's hex-api account the way a person would: open token-vault's one-time link (following redirects
 * to its form), paste a personal token, submit.
 */
final class PersonalTokenForm {

    private static final HttpClient BROWSER = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final Pattern ACTION = Pattern.compile("<form[^>]*action=\"([^\"]*)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private PersonalTokenForm() {
    }

    /** The personal token the emulator's seed gives {@code email}. */
    static String personalTokenOf(String email) {
        return Workspace.loadDefault().personalToken(email)
                .orElseThrow(() -> new IllegalStateException("the emulator has no personal token for " + email))
                .token();
    }

    /** Opens {@code startUrl}, fills in the form it leads to with {@code token}, submits; answers the last page. */
    static String paste(String startUrl, String token) throws Exception {
        HttpResponse<String> form = BROWSER.send(HttpRequest.newBuilder(URI.create(startUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        Matcher action = ACTION.matcher(form.body());
        assertThat(action.find()).as("a form in: %s", form.body()).isTrue();
        StringBuilder fields = new StringBuilder();
        Matcher hidden = HIDDEN.matcher(form.body());
        while (hidden.find()) {
            fields.append(hidden.group(1)).append('=').append(URLEncoder.encode(unescape(hidden.group(2)),
                    StandardCharsets.UTF_8)).append('&');
        }
        fields.append("token=").append(URLEncoder.encode(token, StandardCharsets.UTF_8));
        URI target = form.uri().resolve(unescape(action.group(1)));
        HttpResponse<String> answer = BROWSER.send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
