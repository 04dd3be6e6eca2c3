using Meetinity.Core;

namespace Meetinity.Profile.Photos;

/// <summary><c>POST /users/{id}/photo</c> (multipart field <c>photo</c>) and <c>DELETE /users/{id}/photo</c>.</summary>
public interface IPhotoAppService : IApplicationService
{
    Task<PhotoDto> UploadAsync(Guid id);

    Task DeleteAsync(Guid id);
}
