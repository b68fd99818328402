package org.threepl.portal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.view.Page;

/** A table model in a session that another server reads: it travels without its rows and loads them again. */
class PagedDataModelTest {

    /** Like the application's views: a record that is not serialisable. */
    record Row(String id) {}

    static final List<Row> ROWS =
            IntStream.range(0, 60).mapToObj(i -> new Row("r" + i)).toList();

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T model) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void aModelWithACountTravelsWithoutItsRowsAndLoadsThemAgain() throws Exception {
        PagedDataModel<Row> model = PagedDataModel.of(
                (offset, limit) -> ROWS.subList(offset, Math.min(ROWS.size(), offset + limit)),
                () -> ROWS.size(),
                Row::id);
        assertEquals(60, model.count(Map.of()));
        model.setWrappedData(model.load(25, 25, Map.of(), Map.of()));

        PagedDataModel<Row> restored = roundTrip(model);
        assertNull(restored.getWrappedData());
        assertEquals(60, restored.count(Map.of()));
        assertEquals(List.of(new Row("r25"), new Row("r26")), restored.load(25, 2, Map.of(), Map.of()));
        assertEquals(new Row("r26"), restored.getRowData("r26"));
    }

    @Test
    void aModelOfPagesWithTheirTotalDoesToo() throws Exception {
        PagedDataModel<Row> model = new PagedDataModel<>(
                (offset, limit) -> new Page<>(ROWS.subList(offset, Math.min(ROWS.size(), offset + limit)), ROWS.size()),
                Row::id);
        model.setWrappedData(model.load(0, 25, Map.of(), Map.of()));

        PagedDataModel<Row> restored = roundTrip(model);
        assertEquals(60, restored.count(Map.of()));
        assertEquals(List.of(new Row("r59")), restored.load(59, 25, Map.of(), Map.of()));
    }
}
