package org.threepl.portal.interfaces.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.threepl.portal.application.view.Page;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A PrimeFaces lazy table model over an application query that pages in the database: the table
 * asks for one page at a time, and the page carries the total for the paginator.
 */
public class PagedDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Fetches one page; serializable because client-side state saving keeps the model in the view. */
    public interface PageSource<T> extends Serializable {
        Page<T> fetch(int offset, int limit);
    }

    private final PageSource<T> source;
    private final Function<T, String> key;
    private transient Page<T> last;

    public PagedDataModel(PageSource<T> source, Function<T, String> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return last == null ? (int) source.fetch(0, 1).total() : (int) last.total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        last = source.fetch(first, pageSize);
        setRowCount((int) last.total());
        return last.items();
    }

    @Override
    public String getRowKey(T object) {
        return key.apply(object);
    }

    @Override
    public T getRowData(String rowKey) {
        return last == null ? null : last.items().stream().filter(i -> key.apply(i).equals(rowKey)).findFirst().orElse(null);
    }
}
