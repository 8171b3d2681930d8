package org.sanxiang.refusal;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The paging of the application's lists ({@code page} from 0, {@code size} 1–200): a page asked
 * for outside them is refused with {@link InvalidInputException}, and a page found is answered as
 * {@link Body} {@code {"content": [...], "page", "size", "totalElements", "totalPages"}}.
 */
public final class Paging {

    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    /** One page of a list, as the API answers it. */
    public record Body<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

        public static <E, T> Body<T> of(Page<E> found, Function<E, T> view) {
            return new Body<>(found.getContent().stream().map(view).toList(), found.getNumber(), found.getSize(),
                    found.getTotalElements(), found.getTotalPages());
        }
    }

    /** @throws InvalidInputException if {@code page} is negative or {@code size} outside 1–200 */
    public static PageRequest request(int page, int size, Sort sort) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException(page < 0 ? "page" : "size",
                    "分页参数无效：page 应不小于 0，size 应在 1 到 " + MAX_SIZE + " 之间。");
        }
        return PageRequest.of(page, size, sort);
    }
}
