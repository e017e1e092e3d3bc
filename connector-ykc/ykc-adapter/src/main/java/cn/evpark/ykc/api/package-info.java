/**
 * What applications see of the YKC resource adapter, and nothing else.
 *
 * <p>Inbound: an MDB implements {@link cn.evpark.ykc.api.PileMessageListener}; the adapter delivers
 * each business message of a logged-in pile (and the login itself) through the JCA inbound
 * contract, one pile's messages in order, and sends back what the MDB returns.
 *
 * <p>Outbound: {@link cn.evpark.ykc.api.YkcConnectionFactory} (in JNDI) gives a {@link
 * cn.evpark.ykc.api.YkcConnection} that sends platform commands to a pile and reads the live state
 * of piles and guns.
 */
package cn.evpark.ykc.api;
