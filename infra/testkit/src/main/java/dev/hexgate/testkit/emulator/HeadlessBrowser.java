package dev.hexgate.testkit.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * The user's browser on the emulator's consent page, without a browser: GET the authorization URL, read the form,
 * pick a seeded user, press Approve (or Deny), and hand back the redirect's {@code Location} instead of following
 * it — which is where hexgate's callback would receive {@code code}, {@code state} and {@code iss}.
 */
public final class HeadlessBrowser {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>(.*?)</button>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_-]+)=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Approves as {@code email} and returns where the authorization server redirects the browser. */
    public URI approveAs(URI authorizationUrl, String email) {
        return decide(authorizationUrl, email, "Approve");
    }

    public URI deny(URI authorizationUrl) {
        return decide(authorizationUrl, null, "Deny");
    }

    private URI decide(URI authorizationUrl, String email, String buttonLabel) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(authorizationUrl).GET());
        if (page.statusCode() != 200) {
            throw new AssertionError("consent page: HTTP " + page.statusCode() + "\n" + page.body());
        }
        Matcher form = FORM.matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("no form on the consent page:\n" + page.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form.group(2));
        String userField = null;
        while (input.find()) {
            Map<String, String> a = attributes(input.group(1));
            if ("hidden".equals(a.get("type"))) {
                fields.put(a.get("name"), a.get("value"));
            } else if ("radio".equals(a.get("type"))) {
                userField = a.get("name");
            }
        }
        if (email != null) {
            fields.put(userField, email);
        }
        Matcher button = BUTTON.matcher(form.group(2));
        while (button.find()) {
            if (button.group(2).trim().equals(buttonLabel)) {
                Map<String, String> a = attributes(button.group(1));
                fields.put(a.get("name"), a.get("value"));
            }
        }
        URI action = authorizationUrl.resolve(attributes(form.group(1)).get("action"));
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> decided = send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (decided.statusCode() != 302) {
            throw new AssertionError("consent decision: HTTP " + decided.statusCode() + "\n" + decided.body());
        }
        return URI.create(decided.headers().firstValue("Location").orElseThrow());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            attributes.put(m.group(1).toLowerCase(Locale.ROOT), HtmlUtils.htmlUnescape(m.group(2)));
        }
        return attributes;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
