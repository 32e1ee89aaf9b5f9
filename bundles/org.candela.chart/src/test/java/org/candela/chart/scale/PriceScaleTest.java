package org.candela.chart.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PriceScaleTest {

    @Test
    void rangeFillsThePaneLessItsMargins() {
        PriceScale ps = new PriceScale();
        ps.setHeight(1000);
        ps.setRange(100, 200);
        assertEquals(200, ps.priceToY(200), 1e-9, "max at the 20% top margin");
        assertEquals(900, ps.priceToY(100), 1e-9, "min above the 10% bottom margin");
        assertEquals(550, ps.priceToY(150), 1e-9);
        assertEquals(100.0 / 700, ps.pricePerPixel(), 1e-12);
    }

    @Test
    void yToPriceInvertsPriceToY() {
        PriceScale ps = new PriceScale();
        ps.setHeight(613);
        ps.setMargins(0.1, 0.05);
        ps.setRange(29_871.3, 30_420.9);
        for (double p : new double[] {29_871.3, 30_000, 30_420.9, 31_000}) assertEquals(p, ps.yToPrice(ps.priceToY(p)), 1e-7);
    }

    @Test
    void logModeSpacesEqualRatiosEqually() {
        PriceScale ps = new PriceScale();
        ps.setHeight(1000);
        ps.setMode(PriceScaleMode.LOG);
        ps.setPriceRange(100, 10_000);
        double y100 = ps.priceToY(100), y1000 = ps.priceToY(1_000), y10000 = ps.priceToY(10_000);
        assertEquals(y100 - y1000, y1000 - y10000, 1e-9, "a decade is a decade");
        assertEquals(350, y1000 - y10000, 1e-9);
        assertEquals(2_500, ps.yToPrice(ps.priceToY(2_500)), 1e-7);
    }

    @Test
    void percentAndIndexedModesMeasureFromTheBase() {
        PriceScale ps = new PriceScale();
        ps.setHeight(500);
        ps.setBase(200);
        ps.setMode(PriceScaleMode.PERCENT);
        assertEquals(0, ps.toScale(200), 1e-12);
        assertEquals(10, ps.toScale(220), 1e-12);
        ps.setPriceRange(180, 240);
        assertEquals(-10, ps.min(), 1e-12);
        assertEquals(20, ps.max(), 1e-12);
        assertEquals(220, ps.yToPrice(ps.priceToY(220)), 1e-9);
        ps.setMode(PriceScaleMode.INDEXED);
        assertEquals(110, ps.toScale(220), 1e-12);
    }

    @Test
    void invertedPutsTheHighestPriceAtTheBottom() {
        PriceScale ps = new PriceScale();
        ps.setHeight(1000);
        ps.setRange(100, 200);
        ps.setInverted(true);
        assertEquals(200, ps.priceToY(100), 1e-9);
        assertEquals(900, ps.priceToY(200), 1e-9);
        assertEquals(130, ps.yToPrice(ps.priceToY(130)), 1e-9);
    }

    @Test
    void logTicksAreOneTwoFiveAcrossDecades() {
        PriceScale ps = new PriceScale();
        ps.setHeight(700);
        ps.setMode(PriceScaleMode.LOG);
        ps.setMargins(0, 0);
        ps.setPriceRange(1, 1_000);
        double[] ticks = new double[64];
        int n = LogTicks.ticks(ps, 12, ticks);
        assertEquals(10, n, "1 2 5 10 20 50 100 200 500 1000");
        assertEquals(1, Math.pow(10, ticks[0]), 1e-9);
        assertEquals(50, Math.pow(10, ticks[5]), 1e-9);
    }

    @Test
    void aFlatRangeIsCentredInsteadOfDividingByZero() {
        PriceScale ps = new PriceScale();
        ps.setHeight(100);
        ps.setRange(50, 50);
        assertTrue(ps.max() > ps.min());
        assertEquals(55, ps.priceToY(50), 1e-6, "in the middle of the area between the margins");
    }

    @Test
    void niceStepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertEquals(250, NiceSteps.step(1234, 5), 1e-9);
        assertEquals(0.5, NiceSteps.step(4.2, 10), 1e-12);
        assertEquals(1000, NiceSteps.step(9000, 9), 1e-9);
        assertEquals(20, NiceSteps.step(100, 6), 1e-9);
        assertEquals(0, NiceSteps.decimals(50));
        assertEquals(1, NiceSteps.decimals(2.5));
        assertEquals(2, NiceSteps.decimals(0.25));
    }

    @Test
    void formatsPricesAndVolumes() {
        assertEquals("30123.50", PriceFormat.price(30123.5, 2));
        assertEquals("−1.25", PriceFormat.price(-1.25, 2));
        assertEquals("0.00", PriceFormat.price(-0.001, 2), "no negative zero");
        assertEquals("1.23K", PriceFormat.volume(1234));
        assertEquals("0.00001", PriceFormat.price(0.00001, 5));
        assertEquals("42", PriceFormat.price(41.6, 0));
        assertEquals("−0.50", PriceFormat.price(-0.5, 2));
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", 123456789.125), PriceFormat.price(123456789.125, 2));
        assertEquals("100000000000000000.00", PriceFormat.price(1e17, 2), "huge values fall back to the formatter");
        assertEquals("2.50M", PriceFormat.volume(2_500_000));
        assertEquals(2, PriceFormat.decimalsFor(30_000));
        assertEquals(5, PriceFormat.decimalsFor(0.0042));
    }

    @Test
    void pricesGetTheDecimalsTheyWereQuotedWith() {
        assertEquals(5, PriceFormat.decimalsOf(new double[] {1.07342, 1.0735, 1.07}, 0, 3), "EUR/USD to 0.00001");
        assertEquals(2, PriceFormat.decimalsOf(new double[] {20335.1, 20336.0}, 0, 2), "at least two");
        assertEquals(4, PriceFormat.decimalsOf(new double[] {0.1234, 0.1201}, 0, 2), "as quoted, more than decimalsFor's 3");
        assertEquals(8, PriceFormat.decimalsOf(new double[] {0.000012345678}, 0, 1), "at most 8");
        assertEquals(3, PriceFormat.decimalsOf(new double[] {68533.125, 68533.5}, 0, 2));
    }
}
