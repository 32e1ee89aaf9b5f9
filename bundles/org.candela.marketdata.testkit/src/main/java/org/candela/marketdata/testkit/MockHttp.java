package org.candela.marketdata.testkit;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** What a mock exchange's REST side needs of {@code com.sun.net.httpserver}: the query, and a reply. */
public final class MockHttp {

    private MockHttp() {
    }

    /** The query parameters of a request ({@code pair=XBTUSD&interval=1}). */
    public static Map<String, String> query(HttpExchange e) {
        Map<String, String> q = new TreeMap<>();
        String query = e.getRequestURI().getQuery();
        for (String kv : query == null ? new String[0] : query.split("&")) {
            String[] p = kv.split("=", 2);
            q.put(p[0], p.length > 1 ? p[1] : "");
        }
        return q;
    }

    /** Sends {@code body} with status {@code code} and closes the exchange. */
    public static void reply(HttpExchange e, int code, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.sendResponseHeaders(code, bytes.length);
        e.getResponseBody().write(bytes);
        e.close();
    }
}
