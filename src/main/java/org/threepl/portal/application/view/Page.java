package org.threepl.portal.application.view;

import java.util.List;

/** One page of a list; {@code total} is the number of items in the whole list. */
public record Page<T>(List<T> items, long total) {}
