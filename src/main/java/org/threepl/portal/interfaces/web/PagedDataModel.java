package org.threepl.portal.interfaces.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.threepl.portal.application.view.Page;

/**
 * A PrimeFaces lazy table model over an application query that pages in the database: the table asks for one page at a
 * time. The table asks for the total before each page ({@link #count}); a model made by {@link #of} answers it with its
 * own count query, one made from a {@link PageSource} with the total of a page (two page queries per request: fine for
 * short lists, not for large ones).
 */
public class PagedDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Fetches one page with the total; serializable because client-side state saving keeps the model in the view. */
    public interface PageSource<T> extends Serializable {
        Page<T> fetch(int offset, int limit);
    }

    /** Fetches one page's items. */
    public interface ItemSource<T> extends Serializable {
        List<T> fetch(int offset, int limit);
    }

    /** A row's key; serializable like the sources, since a view bean keeps the model in the session. */
    public interface RowKey<T> extends Function<T, String>, Serializable {}

    /** Counts the whole list. */
    public interface CountSource extends Serializable {
        long count();
    }

    private final ItemSource<T> items;
    private final CountSource counter;
    private final RowKey<T> key;
    /** The sources as given, for the copy that goes into a session ({@link #writeReplace}). */
    private final ItemSource<T> givenItems;

    private final CountSource givenCounter;
    private final PageSource<T> givenPages;
    private transient List<T> last;
    private transient Long total;

    public PagedDataModel(PageSource<T> source, RowKey<T> key) {
        this(null, null, key, source);
    }

    /** A model for a large list: one query for the total, one for each page. */
    public static <T> PagedDataModel<T> of(ItemSource<T> items, CountSource counter, RowKey<T> key) {
        return new PagedDataModel<>(items, counter, key, null);
    }

    private PagedDataModel(ItemSource<T> items, CountSource counter, RowKey<T> key, PageSource<T> pages) {
        if (pages != null) {
            // the total comes with each page: count() fetches the first page when no page was fetched yet
            this.items = (offset, limit) -> {
                Page<T> page = pages.fetch(offset, limit);
                total = page.total();
                return page.items();
            };
            this.counter = () -> {
                if (total == null) {
                    this.items.fetch(0, 1);
                }
                return total;
            };
        } else {
            this.items = items;
            this.counter = counter;
        }
        this.key = key;
        this.givenItems = items;
        this.givenCounter = counter;
        this.givenPages = pages;
    }

    /**
     * What goes into a session (replicated, or kept in the database for another server) is a model without its rows:
     * PrimeFaces keeps the last page in the model, and the rows are application views, which are not serialisable. The
     * table asks for its page again when it is next shown.
     */
    @java.io.Serial
    private Object writeReplace() {
        return new PagedDataModel<>(givenItems, givenCounter, key, givenPages);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        int n = (int) Math.min(Integer.MAX_VALUE, counter.count());
        setRowCount(n);
        return n;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        last = items.fetch(first, pageSize);
        if (total != null) {
            setRowCount((int) Math.min(Integer.MAX_VALUE, total)); // a page source's total, as fresh as its page
        }
        return last;
    }

    @Override
    public String getRowKey(T object) {
        return key.apply(object);
    }

    @Override
    public T getRowData(String rowKey) {
        return last == null
                ? null
                : last.stream()
                        .filter(i -> key.apply(i).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
