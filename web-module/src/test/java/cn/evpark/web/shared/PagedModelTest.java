package cn.evpark.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How often a lazy table reads its service: once per render, counted and shown from one read. */
class PagedModelTest {

  /** 25 rows "r0" … "r24"; remembers every read as "first+size". */
  static class Rows extends PagedModel<String> {
    final List<String> reads = new ArrayList<>();
    Map<Object, Object> request = new HashMap<>();
    Window table;

    @Override
    protected Page<String> fetch(int first, int size) {
      reads.add(first + "+" + size);
      List<String> rows =
          IntStream.range(first, Math.min(first + size, 25)).mapToObj(i -> "r" + i).toList();
      return new Page<>(rows, 25);
    }

    @Override
    protected String keyOf(String row) {
      return row;
    }

    @Override
    protected Map<Object, Object> requestAttributes() {
      return request;
    }

    @Override
    protected Window renderedWindow() {
      return table;
    }
  }

  @Test
  void aRender_countsAndShowsThePage_fromOneRead() {
    Rows model = new Rows();
    model.table = new PagedModel.Window(10, 10);

    assertThat(model.count(Map.of())).isEqualTo(25);
    assertThat(model.load(10, 10, Map.of(), Map.of()))
        .containsExactly("r10", "r11", "r12", "r13", "r14", "r15", "r16", "r17", "r18", "r19");

    assertThat(model.reads).containsExactly("10+10");
    assertThat(model.getRowCount()).isEqualTo(25);
  }

  @Test
  void aLoadOfAnotherPage_thanTheCountRead_readsItsOwn() {
    Rows model = new Rows();
    model.table = new PagedModel.Window(0, 10);

    model.count(Map.of());
    // PrimeFaces moved the first row (e.g. past the last page), so the rows are read again
    assertThat(model.load(20, 10, Map.of(), Map.of())).hasSize(5);

    assertThat(model.reads).containsExactly("0+10", "20+10");
  }

  @Test
  void aCountsRead_servesNoLaterRequest() {
    Rows model = new Rows();
    model.count(Map.of()); // no table rendering: the page shown last (first page of 10)
    model.request = new HashMap<>(); // the next request

    model.load(0, 10, Map.of(), Map.of());

    assertThat(model.reads).containsExactly("0+10", "0+10");
  }
}
