/** What the launcher asked for ({@link org.candela.app.Launch}) and how to end the application ({@link org.candela.app.Exit}). */
package org.candela.app;
