/**
 * Apportionment — sharing a council's seats among sub-units by Hamilton, Jefferson/D'Hondt,
 * Webster/Sainte-Laguë, Huntington–Hill, Adams or Dean — and malapportionment, how far a
 * distribution of seats is from the ideal.
 *
 * <p>Plain Java: values in, values out, no framework. Entry points: {@link
 * org.seatwise.model.apportionment.Apportionment#apportion} and {@link
 * org.seatwise.model.apportionment.Malapportionment#measure}. Every seat is decided by exact
 * integer arithmetic; a true tie is reported and resolved by a stated {@link
 * org.seatwise.model.apportionment.TieRule}.
 */
package org.seatwise.model.apportionment;
