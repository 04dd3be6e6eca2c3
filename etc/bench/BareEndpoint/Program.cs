// The fastest this machine answers a GET with a profile-sized JSON body: no auth, no database, no cache.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var user = new
{
    user = new
    {
        id = "0193a9f0-0000-7000-8000-000000000001",
        email_verified = true,
        name = "Ada Lovelace",
        title = "Software Engineer",
        company = "Analytical Engines",
        industry = "Software",
        location = "London",
        experience_years = 12,
        skills = new[] { "C#", "PostgreSQL" },
        interests = new[] { "AI" },
        bio = "Writes the first programs.",
        status = "active",
        photo_url = (string?)null,
        links = new { website = "https://ada.example" },
        providers = new[] { "google" },
        created_at = "2026-11-25T06:19:48Z",
        updated_at = "2026-11-25T06:19:48Z",
        last_login_at = "2026-11-25T06:19:48Z",
    },
};
app.MapGet("/users/{id}", (string id) => Results.Json(user));
app.Run();
