package jp.industryplans.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * 要求対象 — the path and query of a request, as the rest of the service may trust them. RFC 3986
 * wants every character outside its set percent-encoded, but clients send some raw: curl and
 * Japanese users send {@code ?fiscalYear=令和3年度} as raw UTF-8 bytes, and browsers leave
 * {@code {}|^`} and the like in queries. Those are encoded here, byte for byte, exactly as the
 * client should have done (so a raw word and its percent-encoding mean the same). What has no
 * such reading — a {@code %} not followed by two hexadecimal digits, a control character, bytes
 * that are not UTF-8 once decoded (such as {@code %FF}) — is refused with an explanation.
 */
final class RequestTarget {

    /** ASCII characters RFC 3986 leaves out of URIs that clients send raw anyway. */
    private static final String TO_ENCODE = "\"<>\\^`{|}[]#";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RequestTarget() {
    }

    /** Why a request target is refused; the message tells the client what to send instead. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The request's path and query (null when it has none) in RFC 3986 form. Their characters
     * are the request line's bytes, one char per byte, as the HTTP layer read them.
     */
    static String repair(String path, String query) throws Refused {
        StringBuilder out = new StringBuilder(path.length() + (query == null ? 0 : query.length() + 1) + 16);
        append(out, path, "path");
        if (query != null) {
            out.append('?');
            append(out, query, "query");
        }
        String repaired = out.toString();
        int queryAt = repaired.indexOf('?');
        requireUtf8(queryAt < 0 ? repaired : repaired.substring(0, queryAt), "path");
        if (queryAt >= 0) {
            requireUtf8(repaired.substring(queryAt + 1), "query");
        }
        try {
            new URI(repaired);
        } catch (URISyntaxException e) {
            throw new Refused("The request's path or query is not a valid URI (" + e.getReason() + "); percent-encode it.");
        }
        return repaired;
    }

    private static void append(StringBuilder out, String part, String where) throws Refused {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length() || !isHex(part.charAt(i + 1)) || !isHex(part.charAt(i + 2))) {
                    throw new Refused("The request's " + where + " holds a '%' that is not followed by two hexadecimal "
                            + "digits; percent-encode the text (UTF-8), and a % sign itself as %25.");
                }
                out.append(c);
            } else if (c < 0x20 || c == 0x7f) {
                throw new Refused("The request's " + where + " holds the control character 0x"
                        + Integer.toHexString(c) + "; percent-encode it.");
            } else if (c > 0xff) {
                throw new Refused("The request's " + where + " holds a character the HTTP layer did not read as a byte; "
                        + "percent-encode it (UTF-8).");
            } else if (c > 0x7f || TO_ENCODE.indexOf(c) >= 0) {
                // Above 0x7f each char is one byte of the client's UTF-8.
                out.append('%').append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            } else {
                out.append(c);
            }
        }
    }

    /** Percent-decoded, an RFC 3986 part must be UTF-8 (RFC 3987 §3.2): {@code %FF} or a cut sequence is not text. */
    private static void requireUtf8(String encoded, String where) throws Refused {
        ByteBuffer bytes = ByteBuffer.allocate(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                bytes.put((byte) Integer.parseInt(encoded, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
        } catch (CharacterCodingException e) {
            throw new Refused("The request's " + where + " is not UTF-8 once percent-decoded (at byte "
                    + bytes.position() + "); percent-encode text as UTF-8.");
        }
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
