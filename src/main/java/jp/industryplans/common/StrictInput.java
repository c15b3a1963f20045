package jp.industryplans.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * 入力の検査 — what is refused before any resource sees it: a body that is not well-formed
 * UTF-8 (overlong forms, surrogates, stray bytes are not silently replaced), a JSON string
 * escape of half a surrogate pair ({@code "\ud800"} alone is no character, and the database would
 * store it as {@code ?}), a JSON string
 * holding a control character other than tab, line feed and carriage return (NUL cannot be
 * stored, and the others are never part of plan text), a body without a Content-Type, and
 * query parameters with control characters.
 */
@Provider
public class StrictInput implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json")
                || "csv".equals(type.getSubtype()))) {
            context.setInputStream(new CheckedStream(context.getInputStream(), !"csv".equals(type.getSubtype())));
        }
        return context.proceed();
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        String method = request.getMethod();
        if (("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))
                && request.getHeaderString("Content-Type") == null && hasBody(request)) {
            throw new ApiException(415, "http-415", "Unsupported media type",
                    "The request has a body but no Content-Type; send application/json (application/merge-patch+json "
                            + "for PATCH, text/csv for value uploads).", null);
        }
        for (Map.Entry<String, List<String>> param : request.getUriInfo().getQueryParameters().entrySet()) {
            for (String value : param.getValue()) {
                if (hasControl(value)) {
                    throw ApiException.invalid(param.getKey(), "must not contain control characters");
                }
            }
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        return (length != null && !length.strip().equals("0")) || request.getHeaderString("Transfer-Encoding") != null;
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Refused body bytes; answered 400 by {@link ProblemMappers}. */
    public static final class InvalidBodyException extends IOException {
        InvalidBodyException(String message) {
            super(message);
        }
    }

    /** Checks bytes as they are read: UTF-8 well-formedness, and escaped controls in JSON strings. */
    static final class CheckedStream extends FilterInputStream {

        private final boolean json;
        private long offset;
        private int pending;       // continuation bytes still expected
        private int codePoint;
        private int minimum;       // smallest code point the current sequence may encode
        private boolean inString;
        private boolean escaped;
        private int hexLeft = -1;  // hex digits still to read in a \\uXXXX escape
        private int escapeValue;
        private boolean lowSurrogateDue;  // a \\uD800–\\uDBFF escape was read: its pair must follow

        CheckedStream(InputStream in, boolean json) {
            super(in);
            this.json = json;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                check(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int from, int length) throws IOException {
            int n = super.read(buffer, from, length);
            for (int i = 0; i < n; i++) {
                check(buffer[from + i] & 0xff);
            }
            return n;
        }

        private void check(int b) throws InvalidBodyException {
            offset++;
            if (pending > 0) {
                if ((b & 0xc0) != 0x80) {
                    throw malformed();
                }
                codePoint = (codePoint << 6) | (b & 0x3f);
                if (--pending == 0 && (codePoint < minimum || codePoint > 0x10ffff
                        || (codePoint >= 0xd800 && codePoint <= 0xdfff))) {
                    throw malformed();
                }
                return;
            }
            if (b >= 0x80) {
                if (lowSurrogateDue) {
                    throw loneSurrogate();
                }
                if (b >= 0xc2 && b <= 0xdf) {
                    start(1, b & 0x1f, 0x80);
                } else if (b >= 0xe0 && b <= 0xef) {
                    start(2, b & 0x0f, 0x800);
                } else if (b >= 0xf0 && b <= 0xf4) {
                    start(3, b & 0x07, 0x10000);
                } else {
                    throw malformed();
                }
                return;
            }
            if (b == 0 || (!json && b < 0x20 && b != '\t' && b != '\n' && b != '\r')) {
                throw new InvalidBodyException("The body holds a control character (byte " + offset + ").");
            }
            if (json) {
                ascii(b);
            }
        }

        private void start(int continuation, int bits, int min) {
            pending = continuation;
            codePoint = bits;
            minimum = min;
        }

        private void ascii(int b) throws InvalidBodyException {
            if (!inString) {
                inString = b == '"';
                return;
            }
            if (hexLeft > 0) {
                int digit = Character.digit(b, 16);
                escapeValue = (escapeValue << 4) | Math.max(digit, 0);
                if (--hexLeft == 0) {
                    escapeDone();
                }
                return;
            }
            if (escaped) {
                escaped = false;
                if (b == 'u') {
                    hexLeft = 4;
                    escapeValue = 0;
                } else if (lowSurrogateDue) {
                    throw loneSurrogate();
                }
                return;
            }
            if (lowSurrogateDue && b != '\\') {
                throw loneSurrogate();
            }
            if (b == '\\') {
                escaped = true;
            } else if (b == '"') {
                inString = false;
            }
        }

        private void escapeDone() throws InvalidBodyException {
            if (escapeValue < 0x20 && escapeValue != '\t' && escapeValue != '\n' && escapeValue != '\r') {
                throw new InvalidBodyException(String.format(
                        "A JSON string holds the control character U+%04X (byte %d); only tab, line feed and "
                                + "carriage return are accepted in text.", escapeValue, offset));
            }
            boolean high = escapeValue >= 0xd800 && escapeValue <= 0xdbff;
            boolean low = escapeValue >= 0xdc00 && escapeValue <= 0xdfff;
            if (lowSurrogateDue != low) {
                throw loneSurrogate();
            }
            lowSurrogateDue = high;
        }

        private InvalidBodyException loneSurrogate() {
            return new InvalidBodyException("A JSON string holds half of a surrogate pair (a \\uD800–\\uDFFF escape "
                    + "without its partner, byte " + offset + "); that is not a character. Send the character itself "
                    + "in UTF-8, or both halves of its escape.");
        }

        private InvalidBodyException malformed() {
            return new InvalidBodyException("The body is not well-formed UTF-8 (byte " + offset + ").");
        }
    }
}
