/**
 * Alerts: conditions on a chart's prices, lines and indicators in one text form
 * ({@link org.candela.chart.alert.AlertCondition}), an alert as the workspace keeps it
 * ({@link org.candela.chart.alert.Alert}), evaluated over a history ({@link org.candela.chart.alert.AlertCondition#holds})
 * or live as the bars change ({@link org.candela.chart.alert.LiveAlert}), and what a firing is and leaves behind
 * ({@link org.candela.chart.alert.Firing}, {@link org.candela.chart.alert.FiringLog}, {@link org.candela.chart.alert.AlertCommand}).
 */
package org.candela.chart.alert;
