@{
    RootModule           = 'ImgurPS.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '6f1d3c52-8a4e-4f7b-9c1a-2e5d7b8c9f10'
    Author               = 'The ImgurPS team'
    CompanyName          = 'ImgurPS'
    Copyright            = '(c) The ImgurPS team. MIT License.'
    Description          = 'The Imgur API v3 as PowerShell cmdlets: uploads, galleries, credits and rate limits as typed objects, for Windows PowerShell 5.1 and PowerShell 7.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('ImgurPS.Format.ps1xml')
    CmdletsToExport      = @(
        'Add-ImgurAlbumImage'
        'Connect-Imgur'
        'Disconnect-Imgur'
        'Get-ImgurAccountAlbum'
        'Get-ImgurAccountImage'
        'Get-ImgurAlbum'
        'Get-ImgurAlbumImage'
        'Get-ImgurCredit'
        'Get-ImgurFeed'
        'Get-ImgurGallery'
        'Get-ImgurImage'
        'Get-ImgurMemeTemplate'
        'Invoke-ImgurRestMethod'
        'New-ImgurAlbum'
        'Remove-ImgurAlbum'
        'Remove-ImgurAlbumImage'
        'Remove-ImgurImage'
        'Send-ImgurImage'
        'Set-ImgurAlbum'
        'Set-ImgurAlbumImage'
        'Set-ImgurImage'
        'Switch-ImgurFavorite'
        'Test-ImgurConnection'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Imgur', 'API', 'Upload', 'Images', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/imgurps/ImgurPS'
            LicenseUri   = 'https://github.com/imgurps/ImgurPS/blob/main/LICENSE'
            ReleaseNotes = 'First release: Connect-Imgur, Disconnect-Imgur, Send-ImgurImage, Get-ImgurGallery and Get-ImgurCredit, JSON and XML wire formats, typed rate limits, and an offline Imgur emulator.'
        }
    }
}
