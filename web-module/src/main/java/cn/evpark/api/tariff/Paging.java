package cn.evpark.api.tariff;

import jakarta.ws.rs.BadRequestException;

/**
 * A page of a list: 1-based page number and size.
 *
 * @param page the page, from 1
 * @param size rows per page, 1–100
 */
record Paging(int page, int size) {

  Paging {
    if (page < 1 || size < 1 || size > 100) {
      throw new BadRequestException("page from 1, size 1 to 100");
    }
  }

  int first() {
    return (page - 1) * size;
  }
}
