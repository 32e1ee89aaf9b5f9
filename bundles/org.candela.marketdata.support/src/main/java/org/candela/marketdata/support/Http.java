package org.candela.marketdata.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * REST GETs for history and symbol lists, with errors a user can read: a refused connection, a timeout, an
 * HTTP error with the start of its body, a 429 (or 418) with the wait the server asked for. 429 and 5xx are
 * retried up to three times, waiting as the server says (Retry-After) or 1, 2, 4 s; a connection that
 * broke mid-request is tried once more at once. Cleartext {@code http://} goes as plain HTTP/1.1: Java would
 * otherwise offer an h2c upgrade, which a server that also serves WebSockets on the port refuses (400).
 *
 * <pre>{@code
 * String body = http.get(URI.create(rest + "/0/public/OHLC?pair=XBTUSD&interval=1"));
 * }</pre>
 */
public final class Http {

    private static final int RETRIES = 3;
    /** The largest answer read: 32 MiB, far above any page of candles; a larger one is refused, not buffered. */
    public static final int MAX_BODY_BYTES = 32 << 20;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String exchange;
    private final long maxWaitMillis;

    /** {@code exchange} names the source in messages; waits between retries never exceed {@code maxWaitMillis}. */
    public Http(String exchange, long maxWaitMillis) {
        this.exchange = exchange;
        this.maxWaitMillis = maxWaitMillis;
    }

    /** The body of a 2xx response. */
    public String get(URI uri) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt <= RETRIES; attempt++) {
            HttpResponse<java.io.InputStream> r;
            try {
                r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).version(version(uri))
                        .header("User-Agent", "Candela").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(exchange + ": interrupted");
            } catch (java.net.http.HttpTimeoutException e) {
                throw new IOException(exchange + " did not answer within 20 s (" + uri.getHost() + ")");
            } catch (IOException e) {
                // a kept-alive connection the server closed meanwhile fails once: a GET may be sent again
                if (attempt == 0 && !(e instanceof java.net.ConnectException)) continue;
                throw new IOException(exchange + " cannot be reached at " + uri.getHost() + ":" + port(uri) + " (" + reason(e) + ")");
            }
            int code = r.statusCode();
            String body = body(r, uri);
            if (code / 100 == 2) return body;
            boolean limited = code == 429 || code == 418;
            String what = limited ? "rate limited (HTTP " + code + ")" : "HTTP " + code;
            last = new IOException(exchange + " answered " + what + ": " + excerpt(body));
            if (code == 418 || !(limited || code / 100 == 5) || attempt == RETRIES) break;
            sleep(Math.min(maxWaitMillis, retryAfter(r, attempt)));
        }
        throw last;
    }

    /** The body as text, read up to {@link #MAX_BODY_BYTES}; past that the connection is dropped. */
    private String body(HttpResponse<java.io.InputStream> r, URI uri) throws IOException {
        try (java.io.InputStream in = r.body()) {
            byte[] b = in.readNBytes(MAX_BODY_BYTES + 1);
            if (b.length > MAX_BODY_BYTES) {
                throw new IOException(exchange + " sent an answer larger than " + (MAX_BODY_BYTES >> 20) + " MB to " + uri.getPath() + "; refused");
            }
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** HTTP/1.1 for cleartext (no h2c upgrade); HTTP/2 where TLS negotiates it. */
    static HttpClient.Version version(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1;
    }

    private static long retryAfter(HttpResponse<?> r, int attempt) {
        String h = r.headers().firstValue("Retry-After").orElse("");
        try {
            if (!h.isEmpty()) return Long.parseLong(h.trim()) * 1000;
        } catch (NumberFormatException e) {
            // an HTTP date: fall back to our own backoff
        }
        return 1000L << attempt;
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    /** Why a request failed, in words: "no connection", not "ConnectException". */
    private static String reason(IOException e) {
        if (e.getMessage() != null && !e.getMessage().isBlank()) return e.getMessage();
        if (e instanceof java.net.ConnectException) return "no connection: refused, or no route to it";
        if (e instanceof java.net.UnknownHostException) return "the name does not resolve";
        if (e instanceof javax.net.ssl.SSLException) return "the secure connection failed";
        return "the connection failed";
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private static String excerpt(String body) {
        String s = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return s.length() > 200 ? s.substring(0, 200) + "…" : s.isEmpty() ? "(empty body)" : s;
    }
}
