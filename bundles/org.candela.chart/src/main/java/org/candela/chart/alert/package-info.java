/**
 * Alerts: conditions on a chart's prices and indicators in one text form ({@link org.candela.chart.alert.AlertCondition}),
 * evaluated over a history or live ({@link org.candela.chart.alert.AlertState}).
 */
package org.candela.chart.alert;
