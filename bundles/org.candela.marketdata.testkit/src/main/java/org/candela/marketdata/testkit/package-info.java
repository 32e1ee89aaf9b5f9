/** Helpers for connector tests: {@link org.candela.marketdata.testkit.LiveRecorder}, {@link org.candela.marketdata.testkit.MockHttp}. */
@Export
@Version("1.0.0")
package org.candela.marketdata.testkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
