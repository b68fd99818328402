package org.threepl.portal.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.interfaces.http.ContentDisposition;

/**
 * A file written straight into the response as a download, from a page's action: a table (CSV, Excel or PDF) or a
 * document.
 */
final class Downloads {

    private Downloads() {}

    /** What writes a table in a format (a service, which opens the file itself). */
    @FunctionalInterface
    interface TableBody {
        void write(TableWriter.Format format, OutputStream out) throws IOException;
    }

    /**
     * Streams the table {@code body} writes, in the format {@code extension} names, as {@code <baseName>.<extension>};
     * the page is not rendered afterwards.
     */
    static void table(String extension, String baseName, TableBody body) {
        TableWriter.Format format = TableWriter.Format.ofExtension(extension);
        file(baseName + "." + format.extension(), format.contentType(), out -> body.write(format, out));
    }

    /** What writes a file's bytes. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Streams what {@code body} writes as {@code fileName}; the page is not rendered afterwards. */
    static void file(String fileName, String contentType, Body body) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType(contentType);
        ec.setResponseHeader("Content-Disposition", ContentDisposition.attachment(fileName));
        try {
            body.write(ec.getResponseOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fc.responseComplete();
    }
}
