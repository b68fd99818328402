/**
 * Value objects shared by every aggregate: money, date ranges and the domain's own exceptions. They validate in their
 * constructors, so an instance is always valid.
 */
package org.threepl.portal.domain.model.shared;
