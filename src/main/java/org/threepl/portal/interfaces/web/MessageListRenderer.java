package org.threepl.portal.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages box with its list items left as list items. PrimeFaces gives each {@code li} the role
 * {@code alert}, which makes it no list item any more: axe-core reports the list as serious on every page that shows an
 * error. The box itself is a polite live region, so the messages are still announced.
 */
public class MessageListRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new ItemsWithoutRole(writer), uiMessages, msg, severity, escape);
    }

    /** Passes everything through but the role that PrimeFaces writes on a list item. */
    static final class ItemsWithoutRole extends ResponseWriterWrapper {
        private String element;

        ItemsWithoutRole(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && "role".equals(name)) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
