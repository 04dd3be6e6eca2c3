using Meetinity.TestKit;

namespace Meetinity.AuditLogging.Tests;

public sealed class AuditFixture : ServiceFixture;
