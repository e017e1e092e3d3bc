/**
 * A minimal platform built from the protocol's Netty codecs: enough of the server side to run the
 * simulator in tests, demos and load runs without the resource adapter. Not a reference for
 * platform behaviour: it authorises everything and settles nothing.
 */
package cn.evpark.ykc.simulator.stub;
