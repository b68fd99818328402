package org.threepl.portal.interfaces.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The messages box's writer drops a list item's role and nothing else (axe-core's serious "list" finding). */
class MessageListRendererTest {

    @Test
    void aListItemLosesItsRoleAndKeepsEveryOtherAttribute() throws IOException {
        ResponseWriter out = mock(ResponseWriter.class);
        var writer = new MessageListRenderer.ItemsWithoutRole(out);
        writer.startElement("li", null);
        writer.writeAttribute("role", "alert", null);
        writer.writeAttribute("class", "ui-messages-error", null);
        verify(out, never()).writeAttribute(eq("role"), any(), any());
        verify(out).writeAttribute("class", "ui-messages-error", null);
    }

    @Test
    void anyOtherElementKeepsItsRole() throws IOException {
        ResponseWriter out = mock(ResponseWriter.class);
        var writer = new MessageListRenderer.ItemsWithoutRole(out);
        writer.startElement("li", null);
        writer.endElement("li");
        writer.startElement("span", null);
        writer.writeAttribute("role", "img", null);
        verify(out).writeAttribute("role", "img", null);
    }
}
