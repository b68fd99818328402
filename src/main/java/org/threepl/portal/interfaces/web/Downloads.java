package org.threepl.portal.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.threepl.portal.infrastructure.export.TableWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** A table written straight into the response as a file download (CSV, Excel or PDF), from a page's action. */
final class Downloads {

    private Downloads() {
    }

    /** Streams the table {@code fill} writes as {@code <baseName>.<extension>}; the page is not rendered afterwards. */
    static void table(String extension, String baseName, String title, Consumer<TableWriter> fill) {
        TableWriter.Format format = TableWriter.Format.ofExtension(extension);
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType(format.contentType());
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"" + baseName + "." + format.extension() + "\"");
        try (TableWriter table = format.open(ec.getResponseOutputStream(), title)) {
            fill.accept(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fc.responseComplete();
    }
}
