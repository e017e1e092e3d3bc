package cn.evpark.ykc.inbound;

import cn.evpark.ykc.api.PileMessageListener;
import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;

/**
 * Activation of an MDB implementing {@link PileMessageListener}. It has no properties: there is one
 * YKC server, and its one platform endpoint receives every pile's messages.
 */
@Activation(messageListeners = PileMessageListener.class)
public class YkcActivationSpec implements ActivationSpec {

  private ResourceAdapter resourceAdapter;

  @Override
  public void validate() throws InvalidPropertyException {
    // nothing to check
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter resourceAdapter) {
    this.resourceAdapter = resourceAdapter;
  }
}
