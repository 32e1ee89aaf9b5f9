package org.candela.connector.kraken;
