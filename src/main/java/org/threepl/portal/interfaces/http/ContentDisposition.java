package org.threepl.portal.interfaces.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} header of every file the portal hands out (RFC 6266): a name any browser shows, and
 * the name as written (Chinese, accents) for those that read RFC 5987's {@code filename*}. Quotes, line breaks and path
 * separators never reach the header.
 */
public final class ContentDisposition {

    private ContentDisposition() {}

    /** A file to save. */
    public static String attachment(String fileName) {
        return header("attachment", fileName);
    }

    /** A file the browser may show itself (an image, a PDF). */
    public static String inline(String fileName) {
        return header("inline", fileName);
    }

    private static String header(String type, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "download" : fileName.strip();
        // no path, no control characters: only the last segment, as people named it
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "");
        if (name.isBlank()) {
            name = "download";
        }
        if (name.length() > 150) {
            name = name.substring(0, 150);
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]", "_");
        String header = type + "; filename=\"" + ascii + "\"";
        if (!ascii.equals(name)) {
            header += "; filename*=UTF-8''"
                    + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        }
        return header;
    }
}
