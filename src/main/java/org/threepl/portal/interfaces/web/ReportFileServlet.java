package org.threepl.portal.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.scheduledreport.ReportFiles;
import org.threepl.portal.interfaces.http.ContentDisposition;

/**
 * A scheduled report's file behind the link in its mail ({@code /reports/file?token=…}), for its signed-in owner until
 * it expires; anyone else, a wrong token and an expired file all answer 404. Always a download, never shown in place.
 */
@WebServlet("/reports/file")
public class ReportFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportFiles.Download file;
        try {
            file = files.download(request.getParameter("token"));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.fileName()));
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
