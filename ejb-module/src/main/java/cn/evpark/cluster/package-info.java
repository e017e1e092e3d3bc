/**
 * Several instances as one platform: the pile session registry in the Payara cluster's data grid
 * (Hazelcast), and the one way to a pile ({@link cn.evpark.cluster.PileLink}) that reaches it on
 * whichever instance holds its session. A single instance, or one without a grid (WildFly, Payara
 * Micro with {@code --nohazelcast}), talks to its own YKC server and touches no grid.
 *
 * <p>Decisions (issue 19, {@code docs/architecture.md} "Several instances"):
 *
 * <ul>
 *   <li>The registry maps a pile code to {@code "<member uuid>/<connection id>"}: strings only,
 *       since grid values of application classes deserialize on another member only from a
 *       component thread (servers-notes.md §1).
 *   <li>Commands and answers cross the grid as YKC frames ({@code byte[]}, encoded by the
 *       protocol's own codec), live states as text; a task run on the holding member reaches this
 *       package's {@link cn.evpark.cluster.PileRelay} by its {@code java:global} name.
 *   <li>Entries naming a member that left are removed by the oldest member that runs the
 *       application (a Payara Server DAS is in the grid without it), which also reports the lost
 *       sessions ({@link cn.evpark.cluster.SessionsLost}) so their piles are recorded offline.
 * </ul>
 *
 * <p>Depends on the YKC adapter's API and {@code shared} only; {@code pile}, {@code tariff} and
 * {@code pilemessage} depend on it.
 */
package cn.evpark.cluster;
