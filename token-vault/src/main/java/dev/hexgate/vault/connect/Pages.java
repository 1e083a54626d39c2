package dev.hexgate.vault.connect;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The connect pages: plain server-rendered HTML, no script. Every dynamic text is escaped. The headers keep the
 * page out of caches and frames and keep the link token (in the address) out of {@code Referer} headers.
 */
public final class Pages {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:36rem;margin:3rem auto;\
            padding:0 1rem;color:#1d1d1f;line-height:1.5}\
            h1{font-size:1.4rem}.problem{border-left:4px solid #c62828;padding:.5rem 1rem;background:#fdecea}\
            .done{border-left:4px solid #2e7d32;padding:.5rem 1rem;background:#edf7ed}\
            label{display:block;margin:1rem 0 .3rem;font-weight:600}\
            input[type=password]{width:100%;padding:.5rem;font-family:monospace;box-sizing:border-box}\
            button{margin-top:1rem;padding:.5rem 1.2rem;font-size:1rem}code{background:#f2f2f2;padding:0 .2rem}\
            small{color:#555}""";

    private Pages() {
    }

    /** The form; {@code problem} (may be null) is shown above it, e.g. after Hex refused a token. */
    public static ResponseEntity<String> form(HttpStatus status, String userKey, String linkToken, String problem) {
        String body = (problem == null ? "" : "<p class=\"problem\">" + escape(problem) + "</p>\n")
                + "<p>This page stores a Hex personal API token for <code>" + escape(userKey) + "</code>, so that"
                + " hexgate can call Hex's API as you. Create one in Hex under <em>Settings → API keys</em>"
                + " (it starts with <code>hxtp_</code>), then paste it here. hexgate checks it with Hex before"
                + " storing it, and keeps it encrypted.</p>\n"
                + "<form method=\"post\" action=\"hex-api\" autocomplete=\"off\">\n"
                + "<input type=\"hidden\" name=\"link\" value=\"" + escape(linkToken) + "\">\n"
                + "<label for=\"token\">Hex personal API token</label>\n"
                + "<input type=\"password\" id=\"token\" name=\"token\" required autofocus spellcheck=\"false\">\n"
                + "<button type=\"submit\">Check and store</button>\n"
                + "</form>\n"
                + "<p><small>This link works once and expires soon. Nobody else can use it after you.</small></p>";
        return page(status, "Connect your Hex API token", body);
    }

    static ResponseEntity<String> stored(String hexEmail) {
        String who = hexEmail == null ? "" : " Hex knows it as <code>" + escape(hexEmail) + "</code>.";
        return page(HttpStatus.OK, "Hex API token stored",
                "<p class=\"done\">Your Hex API token is stored." + who + "</p>\n"
                        + "<p>You can close this tab and go back to where you started.</p>");
    }

    /** A failed attempt after which no new link could be given (the first one expired meanwhile). */
    static ResponseEntity<String> problemWithoutRetry(HttpStatus status, String title, String problem) {
        return page(status, title, "<p class=\"problem\">" + escape(problem) + "</p>\n"
                + "<p>Nothing was stored. Ask hexgate for a new link (run your request again) and try once more.</p>");
    }

    public static ResponseEntity<String> link(LinkState.Status status) {
        return switch (status) {
            case USED -> page(HttpStatus.GONE, "This link was already used",
                    "<p class=\"problem\">This connect link was already used. Each link works once.</p>\n"
                            + "<p>Nothing was changed. If you did not finish connecting, ask hexgate for a new link"
                            + " (run your request again).</p>");
            case EXPIRED -> page(HttpStatus.GONE, "This link has expired",
                    "<p class=\"problem\">This connect link has expired.</p>\n"
                            + "<p>Nothing was changed. Ask hexgate for a new link (run your request again).</p>");
            default -> page(HttpStatus.BAD_REQUEST, "This link is not valid",
                    "<p class=\"problem\">This is not a valid connect link.</p>\n"
                            + "<p>Nothing was changed. Open the link exactly as hexgate sent it, or ask for a new"
                            + " one.</p>");
        };
    }

    /** The end of a successful Hex MCP authorization. */
    public static ResponseEntity<String> hexConnected() {
        return page(HttpStatus.OK, "Hex is connected",
                "<p class=\"done\">Hex is connected — you can close this tab.</p>\n"
                        + "<p>hexgate goes on with what you asked for where you asked it.</p>");
    }

    /** An authorization that did not complete; nothing was stored. */
    public static ResponseEntity<String> authorizationProblem(HttpStatus status, String title, String problem) {
        return page(status, title, "<p class=\"problem\">" + escape(problem) + "</p>\n"
                + "<p>Nothing was stored. Ask hexgate for a new link (run your request again) and try once more.</p>");
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        String html = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<title>" + escape(title) + " · hexgate</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n"
                + "<h1>" + escape(title) + "</h1>\n" + body + "\n</body>\n</html>\n";
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
                .body(html);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
