namespace Meetinity.Core;

/// <summary>
/// Marks an application service. Its implementation is exposed over HTTP by the
/// application-service convention: no hand-written controller.
/// </summary>
public interface IApplicationService;
