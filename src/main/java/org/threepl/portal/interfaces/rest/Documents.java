package org.threepl.portal.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Locale;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.interfaces.http.ContentDisposition;

/** Laid-out documents (an invoice, the SLA period report, a dispute's record) answered as PDF files. */
final class Documents {

    private Documents() {}

    /** What writes a document. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * The language the caller asked for with Accept-Language (Chinese or English); times in UTC, like the rest of the
     * API.
     */
    static Formats formats(HttpHeaders headers) {
        boolean zh = headers != null
                && headers.getAcceptableLanguages().stream()
                        .findFirst()
                        .map(l -> "zh".equals(l.getLanguage()))
                        .orElse(false);
        return new Formats(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH, ZoneOffset.UTC);
    }

    /**
     * The PDF {@code body} writes, as the download {@code fileName} (our own numbers: nothing else reaches the header).
     */
    static Response pdf(String fileName, Body body) {
        StreamingOutput out = body::write;
        return Response.ok(out, "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(fileName))
                .build();
    }
}
