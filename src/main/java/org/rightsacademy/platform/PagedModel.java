package org.rightsacademy.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces table model that asks the database for one page at a time: the count and the page
 * come from the backing bean's service, with the filters the bean holds.
 */
public class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** How many rows match the bean's current filters. */
  public interface Counter extends Serializable {
    long count();
  }

  /** One page of rows; the sort field is a column's {@code sortBy} property, or null. */
  public interface Pager<T> extends Serializable {
    List<T> page(int first, int size, String sortField, boolean ascending);
  }

  /** The row's identity, for PrimeFaces' row keys. */
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  private final Counter counter;
  private final Pager<T> pager;
  private final Key<T> key;

  public PagedModel(Counter counter, Pager<T> pager, Key<T> key) {
    this.counter = counter;
    this.pager = pager;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(counter.count());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    return pager.page(
        first,
        pageSize,
        sort == null ? null : sort.getField(),
        sort == null || sort.getOrder() != SortOrder.DESCENDING);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }
}
